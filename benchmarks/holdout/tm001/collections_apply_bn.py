# expect: clean
# category: collections
"""Freeze BatchNorm running stats with model.apply(set_bn_eval) (detectron-style)."""
import torch
import torch.nn as nn


def set_bn_eval(m):
    classname = m.__class__.__name__
    if classname.find("BatchNorm") != -1:
        m.eval()


class CRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d((4, 1)))
        self.rnn = nn.LSTM(4 * 2, 16, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(32, 11)

    def forward(self, img):
        f = self.cnn(img)
        b, c, h, w = f.shape
        return self.fc(self.rnn(f.permute(0, 3, 1, 2).reshape(b, w, c * h))[0])


torch.manual_seed(0)
crnn = CRNN()
crnn.train()
crnn.apply(set_bn_eval)
opt = torch.optim.Adam(crnn.parameters(), lr=1e-3)
ctc = nn.CTCLoss()
for _ in range(2):
    img = torch.randn(2, 1, 8, 12)
    logp = crnn(img).log_softmax(-1).transpose(0, 1)
    loss = ctc(logp, torch.randint(1, 11, (2, 4)), torch.full((2,), 12), torch.full((2,), 4))
    opt.zero_grad()
    loss.backward()
    opt.step()
