import torch
import torch.nn as nn
import torch.nn.functional as F


class LstmConfig:
    def __init__(self, vocab_size=60, hidden_size=24, num_labels=3, num_layers=1):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.num_layers = num_layers


class LstmForSequenceClassification(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.embeddings = nn.Embedding(config.vocab_size, config.hidden_size)
        self.encoder = nn.LSTM(config.hidden_size, config.hidden_size, num_layers=config.num_layers,
                               batch_first=True)
        self.dropout = nn.Dropout(0.1)
        self.classifier = nn.Linear(config.hidden_size, config.num_labels)

    def forward(self, input_ids, labels=None):
        hidden, _ = self.encoder(self.embeddings(input_ids))
        logits = self.classifier(self.dropout(hidden[:, -1]))
        out = {"logits": logits}
        if labels is not None:
            out["loss"] = F.cross_entropy(logits, labels)
        return out


def make_dataset(n, seq_len=7, vocab_size=60, num_labels=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(0, vocab_size, (n, seq_len), generator=g)
    labels = torch.randint(0, num_labels, (n,), generator=g)
    return [{"input_ids": ids[i], "labels": labels[i]} for i in range(n)]
