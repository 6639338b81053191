# expect: clean
"""ATC speech commands to text: seq2seq LSTM, with a decoded sample logged every few steps."""
import torch

from atc import Seq2SeqATC, train_loop
from atc.vocab import VOCAB


def main():
    torch.manual_seed(6)
    batches = [(torch.randn(2, 14, 10), torch.randint(1, len(VOCAB), (2, 5))) for _ in range(3)]
    model = Seq2SeqATC(n_mfcc=10, hidden=12, vocab=len(VOCAB))
    train_loop(model, batches, epochs=2, log_every=2)


if __name__ == "__main__":
    main()
