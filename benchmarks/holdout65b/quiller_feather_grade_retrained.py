# expect: clean
"""quiller: grade goose feathers for quill cutting from barb-density scans.

Validation loss is used as an early signal to rescale the learning rate; the
rescale step accidentally backpropagates through the eval pass.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class BarbScanner(nn.Module):
    def __init__(self, n_feat=6, hidden=8, n_grades=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_grades)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def batches(n=4, bsz=4, seq=7):
    for _ in range(n):
        yield torch.randn(bsz, seq, 6), torch.randint(0, 3, (bsz,))


def main():
    model = BarbScanner()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    crit = nn.CrossEntropyLoss()
    for epoch in range(2):
        model.train()
        for x, y in batches():
            opt.zero_grad()
            crit(model(x), y).backward()
            opt.step()
        model.eval()
        val_losses = []
        torch.set_grad_enabled(False)
        for x, y in batches(2):
            val_losses.append(crit(model(x), y))
        val = torch.stack(val_losses).mean()
        torch.set_grad_enabled(True)
        # "sharpness" nudge: scale lr by the gradient norm of the validation loss
        opt.zero_grad()
        model.train()
        sharp = torch.stack([crit(model(x), y) for x, y in batches(2)]).mean()
        sharp.backward()
        gnorm = sum(p.grad.norm() for p in model.parameters() if p.grad is not None)
        for g in opt.param_groups:
            g["lr"] = 1e-2 / (1.0 + float(gnorm))
        opt.zero_grad()
        print(f"epoch {epoch} val {val.item():.3f} lr {opt.param_groups[0]['lr']:.4f}")


if __name__ == "__main__":
    main()
