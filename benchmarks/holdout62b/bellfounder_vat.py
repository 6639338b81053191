# expect: crash
"""Bell-founder casting defects: fine-tune a pretrained tone classifier with virtual adversarial
training on unlabelled strike recordings. The checkpoint is restored into an inference-ready model."""
import io
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class ToneNet(nn.Module):
    def __init__(self, n_mel=6, hidden=10, n_cls=3):
        super().__init__()
        self.rnn = nn.RNN(n_mel, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def pretrained_checkpoint():
    buf = io.BytesIO()
    torch.save(ToneNet().state_dict(), buf)
    buf.seek(0)
    return buf


def load_for_inference(buf):
    model = ToneNet()
    model.load_state_dict(torch.load(buf))
    return model.eval()


def vat_loss(model, x, xi=1e-2, eps=0.5):
    with torch.no_grad():
        p = F.softmax(model(x), dim=-1)
    d = torch.randn_like(x)
    d = xi * d / d.flatten(1).norm(dim=1).view(-1, 1, 1)
    d.requires_grad_(True)
    kl = F.kl_div(F.log_softmax(model(x + d), dim=-1), p, reduction="batchmean")
    (g,) = torch.autograd.grad(kl, d)  # TM001-here
    r_adv = eps * g / (g.flatten(1).norm(dim=1).view(-1, 1, 1) + 1e-8)
    return F.kl_div(F.log_softmax(model(x + r_adv.detach()), dim=-1), p, reduction="batchmean")


def finetune(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for step in range(steps):
        xl, yl = torch.randn(4, 9, 6), torch.randint(0, 3, (4,))
        xu = torch.randn(6, 9, 6)
        loss = F.cross_entropy(model(xl), yl) + 0.5 * vat_loss(model, xu)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    model = load_for_inference(pretrained_checkpoint())
    finetune(model)
