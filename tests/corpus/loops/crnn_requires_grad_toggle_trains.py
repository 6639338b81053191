# expect: clean
"""crnn-style training: val() freezes the parameters (requires_grad = False) and calls model.eval(); the loop
unfreezes them at the top of each iteration and also calls crnn.train(), so every backward runs in training mode."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_classes=5, hidden=8):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d((4, 1)))
        self.rnn = nn.LSTM(4 * 2, hidden, bidirectional=True)
        self.embedding = nn.Linear(2 * hidden, n_classes)

    def forward(self, images):
        conv = self.cnn(images)  # b, c, h, w
        b, c, h, w = conv.size()
        seq = conv.view(b, c * h, w).permute(2, 0, 1)  # w, b, c*h
        recurrent, _ = self.rnn(seq)
        return self.embedding(recurrent).log_softmax(2)  # T, b, classes


def batch(b=2):
    images = torch.randn(b, 1, 8, 12)
    targets = torch.randint(1, 5, (b, 4))
    return images, targets


def val(model, criterion, n_batches=2):
    for p in model.parameters():
        p.requires_grad = False
    model.eval()
    total = 0.0
    for _ in range(n_batches):
        images, targets = batch()
        preds = model(images)
        sizes = torch.full((images.size(0),), preds.size(0), dtype=torch.long)
        total += criterion(preds, targets, sizes, torch.full((images.size(0),), 4)).item()
    return total / n_batches


def train_batch(model, criterion, optimizer):
    images, targets = batch()
    preds = model(images)
    sizes = torch.full((images.size(0),), preds.size(0), dtype=torch.long)
    cost = criterion(preds, targets, sizes, torch.full((images.size(0),), 4))
    model.zero_grad()
    cost.backward()
    optimizer.step()
    return cost.item()


torch.manual_seed(0)
crnn = CRNN()
criterion = nn.CTCLoss(zero_infinity=True)
optimizer = torch.optim.Adam(crnn.parameters(), lr=1e-3)
for i in range(4):
    for p in crnn.parameters():
        p.requires_grad = True
    crnn.train()
    cost = train_batch(crnn, criterion, optimizer)
    if (i + 1) % 2 == 0:
        print(i, round(cost, 4), "val", round(val(crnn, criterion), 4))
