import torch
from torch import nn


class SequenceTagger(nn.Module):
    def __init__(self, embeddings_dim, hidden_size, tag_dictionary):
        super().__init__()
        self.tag_dictionary = tag_dictionary
        self.embedding2nn = nn.Linear(embeddings_dim, embeddings_dim)
        self.rnn = nn.LSTM(embeddings_dim, hidden_size, batch_first=True, bidirectional=True)
        self.linear = nn.Linear(2 * hidden_size, len(tag_dictionary))
        self.loss_function = nn.CrossEntropyLoss()

    def _forward(self, sentences):
        x = self.embedding2nn(sentences["embeddings"])
        x, _ = self.rnn(x)
        return self.linear(x)

    def forward_loss(self, sentences):
        scores = self._forward(sentences)
        return self.loss_function(scores.flatten(0, 1), sentences["tags"].flatten()), sentences["tags"].numel()

    def evaluate(self, data_points, mini_batch_size=2):
        was_training = self.training
        self.eval()
        correct = total = 0
        with torch.no_grad():
            for batch in data_points:
                pred = self._forward(batch).argmax(-1)
                correct += (pred == batch["tags"]).sum().item()
                total += batch["tags"].numel()
        self.train(was_training)
        return correct / total
