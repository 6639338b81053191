# expect: crash
"""Bird migration tracks: classify flyway from GPS fixes, then adapt at test time by entropy minimisation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class TrackEncoder(nn.Module):
    def __init__(self, hidden=10, n_routes=4):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_routes)

    def forward(self, fixes):
        h, _ = self.gru(fixes)
        return self.cls(h.mean(1))


def entropy(logits):
    p = logits.softmax(-1)
    return -(p * logits.log_softmax(-1)).sum(-1).mean()


class EntropyAdapter:
    """Adapt only the encoder's parameters to a shifted test stream."""

    def __init__(self, model, lr=1e-3, steps=1):
        self.model = model
        self.steps = steps
        params = [p for n, p in model.named_parameters() if n.startswith("gru")]
        self.opt = torch.optim.SGD(params, lr=lr, momentum=0.9)

    def __call__(self, batch):
        for _ in range(self.steps):
            logits = self.model(batch)
            loss = entropy(logits)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return self.model(batch).argmax(-1)


if __name__ == "__main__":
    model = TrackEncoder()
    model.eval()
    adapter = EntropyAdapter(model)
    stream = [torch.randn(3, 9, 4) + 0.5 for _ in range(3)]
    preds = [adapter(b) for b in stream]
    print("routes", torch.cat(preds).tolist())
