# expect: crash
"""Word-level language model, the PyTorch word_language_model example rewritten as a package.

After training, the script evaluates on the test split and then runs a short
"dynamic evaluation" pass (Krause et al.) that adapts the model on the test
stream -- without switching the model back to training mode.
"""
import argparse

import torch

from wlm import data, model as wlm_model
from wlm.trainer import Trainer


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="PyTorch word-level LM (package edition)")
    p.add_argument("--model", default="LSTM", choices=["RNN_TANH", "RNN_RELU", "LSTM", "GRU"])
    p.add_argument("--emsize", type=int, default=16)
    p.add_argument("--nhid", type=int, default=16)
    p.add_argument("--nlayers", type=int, default=2)
    p.add_argument("--lr", type=float, default=20.0)
    p.add_argument("--bptt", type=int, default=7)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--dynamic-eval", action="store_true", default=True)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    torch.manual_seed(1111)
    corpus = data.Corpus.synthetic(ntokens=50, length=400)
    train_data = data.batchify(corpus.train, 4)
    test_data = data.batchify(corpus.test, 2)
    ntokens = len(corpus.dictionary)
    net = wlm_model.RNNModel(args.model, ntokens, args.emsize, args.nhid, args.nlayers, dropout=0.2)
    trainer = Trainer(net, ntokens, lr=args.lr, bptt=args.bptt)
    for epoch in range(1, args.epochs + 1):
        trainer.train_epoch(train_data, epoch)
        val_loss = trainer.evaluate(test_data)
        print(f"| end of epoch {epoch} | valid loss {val_loss:5.2f}")
    test_loss = trainer.evaluate(test_data)
    print(f"| End of training | test loss {test_loss:5.2f}")
    if args.dynamic_eval:
        adapted = trainer.dynamic_evaluate(test_data)
        print(f"| dynamic eval | test loss {adapted:5.2f}")


if __name__ == "__main__":
    main()
