# expect: crash
"""Train an LSTM sequence classifier and validate at the end of every epoch.

The bug: validate() switches the model to eval mode and nothing switches it back, so from the second epoch on
the training forward runs the LSTM in eval mode. On a CPU this trains silently (without dropout); on a GPU the
backward dies with "cudnn RNN backward can only be called in training mode".
"""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class SequenceClassifier(nn.Module):
    def __init__(self, vocab_size=100, embed_dim=32, hidden=64, classes=4, dropout=0.2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden, num_layers=2, dropout=dropout, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, classes)

    def forward(self, tokens):
        _, (h_n, _) = self.lstm(self.embedding(tokens))
        return self.classifier(self.dropout(h_n[-1]))


def make_loader(n, batch_size, shuffle):
    tokens = torch.randint(1, 100, (n, 20))
    labels = torch.randint(0, 4, (n,))
    return DataLoader(TensorDataset(tokens, labels), batch_size=batch_size, shuffle=shuffle)


def validate(model, loader, criterion):
    model.eval()
    total_loss, correct, seen = 0.0, 0, 0
    with torch.no_grad():
        for tokens, labels in loader:
            logits = model(tokens)
            total_loss += criterion(logits, labels).item() * len(labels)
            correct += (logits.argmax(-1) == labels).sum().item()
            seen += len(labels)
    return total_loss / seen, correct / seen


def main(epochs=3):
    torch.manual_seed(0)
    model = SequenceClassifier()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    criterion = nn.CrossEntropyLoss()
    train_loader = make_loader(64, 16, shuffle=True)
    val_loader = make_loader(32, 16, shuffle=False)

    model.train()
    for epoch in range(epochs):
        for tokens, labels in train_loader:
            loss = criterion(model(tokens), labels)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
        val_loss, val_acc = validate(model, val_loader, criterion)
        print(f"epoch {epoch}: train loss {loss.item():.3f}  val loss {val_loss:.3f}  val acc {val_acc:.2f}")


if __name__ == "__main__":
    main()
