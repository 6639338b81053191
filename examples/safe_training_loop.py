# expect: clean
"""The same kind of loop done right: train() at the top of every epoch, evaluation under no_grad in eval mode.

torchmode reports nothing here.
"""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Tagger(nn.Module):
    def __init__(self, vocab_size=100, embed_dim=32, hidden=32, tags=5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.out = nn.Linear(2 * hidden, tags)

    def forward(self, tokens):
        out, _ = self.lstm(self.embedding(tokens))
        return self.out(self.dropout(out))


def loader(n):
    tokens, tags = torch.randint(0, 100, (n, 15)), torch.randint(0, 5, (n, 15))
    return DataLoader(TensorDataset(tokens, tags), batch_size=16)


def main(epochs=3):
    torch.manual_seed(0)
    model = Tagger()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    criterion = nn.CrossEntropyLoss()
    train_loader, val_loader = loader(48), loader(16)
    for epoch in range(epochs):
        model.train()
        for tokens, tags in train_loader:
            loss = criterion(model(tokens).flatten(0, 1), tags.flatten())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            accuracy = sum((model(t).argmax(-1) == y).float().mean().item() for t, y in val_loader) / len(val_loader)
        print(f"epoch {epoch}: loss {loss.item():.3f}  val token accuracy {accuracy:.2f}")


if __name__ == "__main__":
    main()
