# expect: clean
# category: near-miss
"""Fine-tuning a CNN-BiLSTM handwriting recogniser with normalisation layers frozen via model.apply."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def set_norm_eval(m):
    classname = m.__class__.__name__
    if classname.find("Norm") != -1:
        m.eval()
        for p in m.parameters():
            p.requires_grad = False


class HandwritingNet(nn.Module):
    def __init__(self, n_chars=12, hidden=10):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.BatchNorm2d(6), nn.ReLU(),
                                 nn.MaxPool2d((4, 1)))
        self.norm = nn.LayerNorm(6 * 2)
        self.blstm = nn.LSTM(6 * 2, hidden, num_layers=2, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden, n_chars)

    def forward(self, img):
        f = self.cnn(img)  # (B, C, H', W)
        seq = f.flatten(1, 2).permute(2, 0, 1)
        out, _ = self.blstm(self.norm(seq))
        return self.classifier(out).log_softmax(-1)


model = HandwritingNet()
model.train()
model.apply(set_norm_eval)
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
ctc = nn.CTCLoss(blank=0, zero_infinity=True)

for step in range(3):
    imgs = torch.randn(2, 1, 8, 16)
    log_probs = model(imgs)
    targets = torch.randint(1, 12, (2, 5))
    loss = ctc(log_probs, targets, torch.full((2,), log_probs.size(0)), torch.full((2,), 5))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 3))
