# expect: clean
"""Code completion GRU LM; enum.Flag phases where the warm start includes TRAIN."""
import enum
import torch
import torch.nn as nn


class Phase(enum.Flag):
    TRAIN = enum.auto()
    VALIDATE = enum.auto()
    LOG = enum.auto()
    WARM_START = TRAIN | LOG


class CompletionLM(nn.Module):
    def __init__(self, vocab=40, dim=8, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, toks):
        h, _ = self.gru(self.emb(toks))
        return self.out(h)


def apply_phase(model, phase):
    model.train(bool(phase & Phase.TRAIN))


def lm_loss(model, toks):
    logits = model(toks[:, :-1])
    return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), toks[:, 1:].reshape(-1))


def main():
    torch.manual_seed(0)
    model = CompletionLM()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for phase in [Phase.WARM_START, Phase.VALIDATE, Phase.TRAIN | Phase.LOG]:
        apply_phase(model, phase)
        toks = torch.randint(0, 40, (4, 8))
        if not phase & Phase.TRAIN:
            with torch.no_grad():
                print("val", float(lm_loss(model, toks)))
            continue
        loss = lm_loss(model, toks)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(phase, float(loss))


if __name__ == "__main__":
    main()
