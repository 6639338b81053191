# expect: crash
"""Offline handwriting recognition with an attention decoder (train entry point)."""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from hwr import Seq2SeqHWR, fit  # noqa: E402


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--charset", default="abcdefg")
    return ap.parse_args([])


if __name__ == "__main__":
    args = parse()
    model = Seq2SeqHWR(n_feat=6, hidden=args.hidden, n_chars=len(args.charset) + 2)
    fit(model, epochs=args.epochs)
