import argparse


def get_training_parser():
    parser = argparse.ArgumentParser()
    parser.add_argument("--task", default="language_modeling")
    parser.add_argument("--arch", default="lstm_lm")
    parser.add_argument("--vocab-size", type=int, default=40)
    parser.add_argument("--decoder-embed-dim", type=int, default=16)
    parser.add_argument("--decoder-layers", type=int, default=2)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--max-epoch", type=int, default=2)
    parser.add_argument("--update-freq", type=int, default=2)
    parser.add_argument("--validate-interval-updates", type=int, default=0)
    return parser
