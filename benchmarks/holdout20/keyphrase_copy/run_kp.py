# expect: crash
"""Keyphrase generation with a copy-attention GRU seq2seq (CopyRNN style).

The current phase lives in a contextvars.ContextVar so deep helpers (dropout
schedules, logging) can ask for it without threading it through every call.
"""
import torch

from kpgen import CopyRNN, Seq2SeqTrainer, toy_corpus


def main():
    torch.manual_seed(6)
    model = CopyRNN(vocab=20, dim=8)
    trainer = Seq2SeqTrainer(model)
    train, valid = toy_corpus(3), toy_corpus(2)
    for epoch in range(2):
        trainer.train_epoch(train)
        print("epoch", epoch, "valid nll", round(trainer.validate(valid), 3))


if __name__ == "__main__":
    main()
