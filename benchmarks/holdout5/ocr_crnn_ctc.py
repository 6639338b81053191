# expect: crash
# category: script
"""CRNN text-line recogniser trained with CTC, in the shape of the classic crnn.pytorch train.py."""
import random

import torch
import torch.nn as nn

ALPHABET = "0123456789abcdef"
torch.manual_seed(0)
random.seed(0)


class BidirectionalLSTM(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.rnn = nn.LSTM(n_in, n_hidden, bidirectional=True)
        self.embedding = nn.Linear(n_hidden * 2, n_out)

    def forward(self, x):
        recurrent, _ = self.rnn(x)
        t, b, h = recurrent.size()
        out = self.embedding(recurrent.view(t * b, h))
        return out.view(t, b, -1)


class CRNN(nn.Module):
    def __init__(self, n_class, nh=12):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 8, 3, 1, 1), nn.ReLU(True), nn.MaxPool2d(2, 2),
            nn.Conv2d(8, 16, 3, 1, 1), nn.BatchNorm2d(16), nn.ReLU(True), nn.MaxPool2d((4, 1)),
        )
        self.rnn = nn.Sequential(BidirectionalLSTM(16, nh, nh), BidirectionalLSTM(nh, nh, n_class))

    def forward(self, img):
        conv = self.cnn(img)            # b, c, 1, w
        conv = conv.squeeze(2).permute(2, 0, 1)  # w, b, c
        return self.rnn(conv)


def encode(texts):
    flat = [ALPHABET.index(c) + 1 for t in texts for c in t]
    return torch.tensor(flat), torch.tensor([len(t) for t in texts])


def random_batch(bs=4):
    texts = ["".join(random.choice(ALPHABET) for _ in range(random.randint(2, 5))) for _ in range(bs)]
    return torch.randn(bs, 1, 8, 32), texts


net = CRNN(len(ALPHABET) + 1)
criterion = nn.CTCLoss(zero_infinity=True)
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)


def train_batch(model, images, texts):
    preds = model(images).log_softmax(2)
    text, length = encode(texts)
    preds_size = torch.full((images.size(0),), preds.size(0), dtype=torch.long)
    cost = criterion(preds, text, preds_size, length) / images.size(0)
    model.zero_grad()
    cost.backward()  # TM001-here
    optimizer.step()
    return cost


def val(model, n_batches=2):
    model.eval()
    n_correct = 0
    with torch.no_grad():
        for _ in range(n_batches):
            images, texts = random_batch()
            preds = model(images).argmax(2).transpose(1, 0)
            for pred, target in zip(preds.tolist(), texts):
                chars = [ALPHABET[p - 1] for i, p in enumerate(pred) if p != 0 and (i == 0 or p != pred[i - 1])]
                n_correct += "".join(chars) == target
    print("val accuracy", n_correct / (n_batches * 4))


net.train()
for epoch in range(2):
    for i in range(3):
        images, texts = random_batch()
        cost = train_batch(net, images, texts)
        print(f"[{epoch}][{i}] loss {cost.item():.3f}")
    val(net)
