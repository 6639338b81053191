# expect: crash
"""Pipeline stages in a table of lambdas (`STAGES[stage](model, data)`): the "embed" stage probes
embeddings with the model in eval mode and leaves it there; "evotune" then backpropagates."""
import torch
import torch.nn as nn


class ProteinLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(21, 6)
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.head = nn.Linear(8, 21)

    def forward(self, ids):
        return self.head(self.rnn(self.emb(ids))[0])


def pretrain(model, ids):
    model.train()
    model(ids).mean().backward()


def embed(model, ids):
    model.eval()
    with torch.no_grad():
        return model(ids).mean(1)


def evotune(model, ids):
    loss = model(ids).logsumexp(-1).mean()
    loss.backward()  # TM001-here


STAGES = {
    "pretrain": lambda m, d: pretrain(m, d["unlabelled"]),
    "embed": lambda m, d: embed(m, d["labelled"]),
    "evotune": lambda m, d: evotune(m, d["family"]),
}


def main(stages=("pretrain", "embed", "evotune")):
    model = ProteinLM()
    data = {name: torch.randint(0, 21, (2, 5)) for name in ("unlabelled", "labelled", "family")}
    for stage in stages:
        STAGES[stage](model, data)


if __name__ == "__main__":
    main()
