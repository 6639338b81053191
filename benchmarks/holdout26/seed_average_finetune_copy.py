# expect: crash
"""Weight averaging across seeds for a wave-height GRU; the averaged weights seed a fresh fine-tuning model."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(17)


class WaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)


def train_seed(seed, x, y):
    torch.manual_seed(seed)
    m = WaveNet()
    opt = torch.optim.Adam(m.parameters(), 1e-2)
    for _ in range(3):
        opt.zero_grad()
        nn.functional.mse_loss(m(x), y).backward()
        opt.step()
    return m


def average(models):
    avg = copy.deepcopy(models[0]).eval()
    sd = avg.state_dict()
    for k in sd:
        sd[k] = torch.stack([m.state_dict()[k].float() for m in models]).mean(0)
    avg.load_state_dict(sd)
    return avg


if __name__ == "__main__":
    x, y = torch.randn(6, 10, 3), torch.randn(6)
    soup = average([train_seed(s, x, y) for s in (1, 2, 3)])
    with torch.no_grad():
        print("averaged mse", nn.functional.mse_loss(soup(x), y).item())
    student = copy.deepcopy(soup)
    student.load_state_dict(average([student, soup]).state_dict())
    opt = torch.optim.SGD(student.parameters(), 1e-2)
    loss = nn.functional.mse_loss(student(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("fine-tuned", loss.item())
