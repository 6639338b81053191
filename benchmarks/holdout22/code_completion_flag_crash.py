# expect: crash
"""Code completion with a GRU language model over token ids.

Loop phases are an `enum.Flag`; the model's mode is derived from whether TRAIN is in the
active flags. The 'warm-start' phase was declared as VALIDATE | LOG.
"""
import enum
import torch
import torch.nn as nn


class Phase(enum.Flag):
    TRAIN = enum.auto()
    VALIDATE = enum.auto()
    LOG = enum.auto()
    WARM_START = VALIDATE | LOG


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
    schedule = [Phase.WARM_START, Phase.TRAIN | Phase.LOG, Phase.VALIDATE]
    for phase in schedule:
        apply_phase(model, phase)
        toks = torch.randint(0, 40, (4, 8))
        loss = lm_loss(model, toks)
        if Phase.VALIDATE in phase and Phase.LOG not in phase:
            print("val", float(loss))
            continue
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if Phase.LOG in phase:
            print(phase, float(loss))


if __name__ == "__main__":
    main()
