# expect: crash
"""argparse subcommands dispatching to train / evaluate / finetune modules (each exposes `add_parser` and `run`);
`all` chains them. evaluate saves the whole model after scoring it; finetune torch.load()s that file."""
import argparse
import sys

from commands import COMMANDS


def main(argv):
    parser = argparse.ArgumentParser(prog="dkt")
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name, mod in COMMANDS.items():
        mod.add_parser(sub.add_parser(name))
    sub.add_parser("all")
    args = parser.parse_args(argv)
    if args.cmd == "all":
        for name in ("train", "evaluate", "finetune"):
            COMMANDS[name].run(parser.parse_args([name]))
    else:
        COMMANDS[args.cmd].run(args)


if __name__ == "__main__":
    main(sys.argv[1:] or ["all"])
