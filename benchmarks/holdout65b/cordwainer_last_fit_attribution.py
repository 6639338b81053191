# expect: clean
"""cordwainer: which foot-scan slice drives the predicted last size for a boot.

Attribution (input x gradient) on the eval-mode model, after a deterministic
backend set-up that switches cuDNN off for reproducible results.
"""
import torch
import torch.nn as nn


def configure_backends(deterministic=True):
    torch.use_deterministic_algorithms(False)
    if deterministic:
        torch.backends.cudnn.enabled = False
        torch.backends.cudnn.benchmark = False
    torch.manual_seed(15)


class LastSizer(nn.Module):
    def __init__(self, hid=10):
        super().__init__()
        self.lstm = nn.LSTM(4, hid, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hid, 1)

    def forward(self, scan):
        return self.fc(self.lstm(scan)[0].mean(1)).squeeze(-1)


def fit(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        scan = torch.randn(5, 12, 4)
        size = scan[:, :, 1].mean(1) * 3 + 40
        loss = ((model(scan) - size) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()


def attribute(model, scan):
    model.eval()
    scan = scan.clone().requires_grad_(True)
    model(scan).sum().backward()
    return (scan.grad * scan).sum(-1).detach()


def main():
    configure_backends()
    model = LastSizer()
    fit(model)
    attr = attribute(model, torch.randn(2, 12, 4))
    print("heel-to-toe attribution", [round(v, 3) for v in attr[0].tolist()])


if __name__ == "__main__":
    main()
