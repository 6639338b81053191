# expect: crash
"""An inference wrapper puts the model in eval mode in its constructor; the same model is later fine-tuned."""
import torch
import torch.nn as nn


class Predictor:
    def __init__(self, model):
        self.model = model.eval()

    @torch.no_grad()
    def __call__(self, x):
        return self.model(x).argmax(-1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
net = Net()
predictor = Predictor(net)
print("before", predictor(torch.randn(3, 4, 3)).tolist())
opt = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(4, 4, 3), torch.randint(0, 2, (4,))
loss = nn.functional.cross_entropy(net(x), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print("after", predictor(torch.randn(3, 4, 3)).tolist())
