# expect: clean
# category: held_objects
import random

import torch
import torch.nn as nn

from models import Decoder, Encoder, Seq2Seq, toy_pairs, translate


def train_epoch(model, src, trg, optimizer, criterion, vocab):
    model.train()
    for i in range(0, len(src), 8):
        s, t = src[i:i + 8], trg[i:i + 8]
        optimizer.zero_grad()
        loss = criterion(model(s, t).reshape(-1, vocab), t[:, 1:].reshape(-1))
        loss.backward()
        optimizer.step()
    return loss.item()


def main():
    random.seed(0)
    torch.manual_seed(0)
    vocab = 30
    model = Seq2Seq(Encoder(vocab), Decoder(vocab))
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    src, trg = toy_pairs(vocab=vocab)
    for epoch in range(3):
        loss = train_epoch(model, src, trg, optimizer, nn.CrossEntropyLoss(), vocab)
        model.encoder.eval()  # encoder only: cache source states for a retrieval index
        with torch.no_grad():
            model.encoder(src[:4])
        print(epoch, loss, translate(model, src[:2]).tolist())


if __name__ == "__main__":
    main()
