# expect: clean
"""Ostler's stable: classify horse gait from halter accelerometers with consistency
regularisation. The 'clean view' target comes from the same model in eval mode (no dropout);
the author switches back to train() before the backward and computes the target under no_grad."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)


class GaitLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 10, batch_first=True, num_layers=2, dropout=0.2)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(10, 4)

    def forward(self, x):
        return self.cls(self.drop(self.lstm(x)[0][:, -1]))


def augment(x):
    return x + 0.1 * torch.randn_like(x)


def consistency_step(model, opt, x_lab, y_lab, x_unl, lam=0.5):
    model.train()
    sup = F.cross_entropy(model(x_lab), y_lab)
    student = F.log_softmax(model(augment(x_unl)), -1)
    model.eval()
    with torch.no_grad():
        target = F.softmax(model(x_unl), -1)
    model.train()
    loss = sup + lam * F.kl_div(student, target, reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    model = GaitLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for step in range(3):
        x_lab, y_lab = torch.randn(4, 8, 3), torch.randint(0, 4, (4,))
        x_unl = torch.randn(6, 8, 3)
        print(step, round(consistency_step(model, opt, x_lab, y_lab, x_unl), 4))


if __name__ == "__main__":
    main()
