# expect: clean
"""Glass-blowing furnace logs: per-timestep relevance (gradient * input) reported alongside the
evaluation metrics. Relevance runs its own forward with the fused RNN kernels switched off."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("glassblower")
torch.manual_seed(10)


class FurnaceLSTM(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.crack = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.crack(o[:, -1]).squeeze(-1)


def relevance(model, x):
    with torch.enable_grad(), torch.backends.cudnn.flags(enabled=False):
        x = x.detach().requires_grad_(True)
        model(x).sum().backward()
        return (x.grad * x).sum(-1)


@torch.no_grad()
def evaluate(model, batches):
    model.eval()
    errs, rel = [], []
    for x, y in batches:
        errs.append(nn.functional.binary_cross_entropy_with_logits(model(x), y).item())
        rel.append(relevance(model, x).abs().mean(0))
    return sum(errs) / len(errs), torch.stack(rel).mean(0)


def train(model, batches, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for ep in range(epochs):
        model.train()
        for x, y in batches:
            opt.zero_grad()
            nn.functional.binary_cross_entropy_with_logits(model(x), y).backward()
            opt.step()
        loss, rel = evaluate(model, batches[:1])
        log.info("epoch %d val %.3f relevance %s", ep, loss, [round(v, 3) for v in rel.tolist()])


if __name__ == "__main__":
    data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,)).float()) for _ in range(3)]
    train(FurnaceLSTM(), data)
