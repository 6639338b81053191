# expect: crash
"""Bus arrival times: the deployed (eval-mode) model is pickled to bytes and reloaded for nightly fine-tuning."""
import io

import torch
import torch.nn as nn

torch.manual_seed(35)


class ArrivalNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def export(model):
    model.eval()
    buf = io.BytesIO()
    torch.save(model, buf)
    return buf.getvalue()


def nightly_finetune(blob, x, y):
    model = torch.load(io.BytesIO(blob), weights_only=False)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    loss = nn.functional.huber_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return model, loss.item()


live = ArrivalNet()
blob = export(live)
x, y = torch.randn(5, 6, 3), torch.rand(5) * 5
model, loss = nightly_finetune(blob, x, y)
print("nightly loss", loss)
