# expect: clean
"""Sleep-apnoea detection from SpO2/airflow windows with consistency regularisation against a no-grad teacher pass."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ApneaNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 8, batch_first=True, bidirectional=True)
        self.head = nn.Linear(16, 2)
        self.drop = nn.Dropout(0.2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(self.drop(h.mean(1)))


def augment(x):
    return x + 0.05 * torch.randn_like(x)


def consistency_step(model, opt, x_lab, y_lab, x_unl, w=0.5):
    model.eval()
    with torch.no_grad():
        pseudo = F.softmax(model(x_unl), -1)
    model.train()
    sup = F.cross_entropy(model(x_lab), y_lab)
    cons = F.mse_loss(F.softmax(model(augment(x_unl)), -1), pseudo)
    loss = sup + w * cons
    opt.zero_grad()
    loss.backward()
    opt.step()
    return sup.item(), cons.item()


def main():
    torch.manual_seed(8)
    model = ApneaNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x_lab, y_lab = torch.randn(4, 10, 2), torch.randint(0, 2, (4,))
        x_unl = torch.randn(4, 10, 2)
        print(step, consistency_step(model, opt, x_lab, y_lab, x_unl))


if __name__ == "__main__":
    main()
