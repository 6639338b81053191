# expect: crash
# An end-of-training report function decorated with @torch.no_grad() evaluates the model (eval mode) and,
# for one example, re-enables grad with torch.enable_grad() to compute an input-saliency map.
import torch
import torch.nn as nn


class ActivityRecognizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.temporal = nn.GRU(6, 16, batch_first=True, bidirectional=True)
        self.classify = nn.Linear(32, 5)

    def forward(self, imu):
        return self.classify(self.temporal(imu)[0].mean(1))


@torch.no_grad()
def report(model, x, y):
    model.eval()
    acc = (model(x).argmax(-1) == y).float().mean().item()
    with torch.enable_grad():
        probe = x[:1].clone().requires_grad_(True)
        score = model(probe)[0, y[0]]
        score.backward()  # TM001-here
        saliency = probe.grad.abs().sum(-1).squeeze(0)
    return {"acc": acc, "peak_step": int(saliency.argmax())}


if __name__ == "__main__":
    torch.manual_seed(0)
    model = ActivityRecognizer()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(10, 12, 6), torch.randint(0, 5, (10,))
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    print(report(model, x, y))
