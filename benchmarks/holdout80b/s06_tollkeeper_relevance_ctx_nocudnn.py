# expect: clean
"""Toll-booth queue classifier: gradient*input relevance inside a mode-switching context manager."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class QueueGRU(nn.Module):
    def __init__(self, vocab=20, emb=6, hidden=8, n_cls=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, tokens=None, embedded=None):
        e = self.emb(tokens) if embedded is None else embedded
        h, _ = self.gru(e)
        return self.cls(h.mean(1))


class inference_mode_of:
    """Switch a module to eval on enter, restore the previous mode on exit."""

    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


def relevance(model, tokens, target):
    with inference_mode_of(model) as m:
        e = m.emb(tokens).detach().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = m(embedded=e)
        score = logits.gather(1, target[:, None]).sum()
        score.backward()
        return (e.grad * e).sum(-1)


def main():
    model = QueueGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    toks = torch.randint(0, 20, (4, 9))
    y = torch.randint(0, 3, (4,))
    for _ in range(3):
        opt.zero_grad()
        nn.functional.cross_entropy(model(toks), y).backward()
        opt.step()
    r = relevance(model, toks, y)
    print("relevance", r.shape, "mode restored:", model.training)


if __name__ == "__main__":
    main()
