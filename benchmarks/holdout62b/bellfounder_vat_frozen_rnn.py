# expect: clean
"""Bell-founder casting defects: a pretrained, frozen tone encoder feeds a new defect head.
The encoder is restored in eval mode; only the head is trained on raw (no-grad) features."""
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
    for p in model.rnn.parameters():
        p.requires_grad_(False)
    return model.eval()


def finetune(model, steps=3):
    head_params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(head_params, lr=0.01)
    for step in range(steps):
        xl, yl = torch.randn(4, 9, 6), torch.randint(0, 3, (4,))
        loss = F.cross_entropy(model(xl), yl)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    model = load_for_inference(pretrained_checkpoint())
    finetune(model)
