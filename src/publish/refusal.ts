import { formatMessage, type Message } from "../message.ts";

/** A build that must not publish anything: its messages name the files and say why. */
export class BuildRefused extends Error {
  constructor(readonly messages: Message[]) {
    super(messages.map(formatMessage).join("\n"));
    this.name = "BuildRefused";
  }
}
