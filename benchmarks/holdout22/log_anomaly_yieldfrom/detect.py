# expect: clean
"""Log anomaly detection with an LSTM next-template model (DeepLog-free variant: top-k reconstruction).

Data streams are composed with generators delegating via `yield from`.
"""
import torch

from logpipe.stream import training_stream, scoring_stream
from logpipe.model import NextTemplate
from logpipe.loop import train_on, score

if __name__ == "__main__":
    torch.manual_seed(0)
    model = NextTemplate()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for round_ in range(2):
        print("train", train_on(model, opt, training_stream(round_)))
        print("scores", score(model, scoring_stream(round_)))
