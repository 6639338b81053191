# expect: crash
"""TRADES adversarial training for an LSTM classifier on continuous sensor sequences.

As in the reference implementation, the adversarial example is searched with the model in
eval mode, and the model is switched back to train mode before the TRADES loss.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqClassifier(nn.Module):
    def __init__(self, d=3, h=8, k=3):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.fc = nn.Linear(h, k)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def trades_loss(model, x, y, opt, eps=0.1, step=0.03, iters=2, beta=6.0):
    model.eval()
    x_adv = x.detach() + 0.001 * torch.randn_like(x)
    nat_prob = F.softmax(model(x), dim=1).detach()
    for _ in range(iters):
        x_adv.requires_grad_()
        loss_kl = F.kl_div(F.log_softmax(model(x_adv), dim=1), nat_prob, reduction="sum")
        grad = torch.autograd.grad(loss_kl, [x_adv])[0]  # TM001-here
        x_adv = x_adv.detach() + step * grad.sign()
        x_adv = torch.min(torch.max(x_adv, x - eps), x + eps)
    model.train()
    opt.zero_grad()
    logits = model(x)
    robust = F.kl_div(F.log_softmax(model(x_adv.detach()), dim=1), F.softmax(logits, dim=1), reduction="batchmean")
    return F.cross_entropy(logits, y) + beta * robust


def main():
    torch.manual_seed(0)
    model = SeqClassifier()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for it in range(2):
        x, y = torch.randn(4, 6, 3), torch.randint(0, 3, (4,))
        loss = trades_loss(model, x, y, opt)
        loss.backward()
        opt.step()
        print(it, float(loss))


if __name__ == "__main__":
    main()
