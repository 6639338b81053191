# expect: crash
"""Sentiment on constituency trees: Child-Sum Tree-LSTM over the parse next to a
sequential BiLSTM over the tokens; the two sentence vectors are concatenated.

    python train.py --epochs 2
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from treesent import HybridSentiment, Trainer, random_treebank  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--dim", type=int, default=8)
    args = ap.parse_args()
    torch.manual_seed(0)
    train_set, dev_set = random_treebank(6), random_treebank(3)
    model = HybridSentiment(vocab=30, dim=args.dim)
    trainer = Trainer(model, lr=5e-3)
    trainer.fit(train_set, dev_set, epochs=args.epochs)


if __name__ == "__main__":
    main()
