import torch
from torch import nn


class SimpleTagger(nn.Module):
    """AllenNLP-style model: forward() returns an output dict that holds "loss" when tags are given."""

    def __init__(self, vocab_size, num_tags, dim=8):
        super().__init__()
        self.text_field_embedder = nn.Embedding(vocab_size, dim)
        self.encoder = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.tag_projection_layer = nn.Linear(2 * dim, num_tags)
        self._loss = nn.CrossEntropyLoss()
        self._correct = 0
        self._total = 0

    def forward(self, tokens, tags=None):
        embedded = self.text_field_embedder(tokens)
        encoded, _ = self.encoder(embedded)
        logits = self.tag_projection_layer(encoded)
        output_dict = {"logits": logits}
        if tags is not None:
            output_dict["loss"] = self._loss(logits.reshape(-1, logits.size(-1)), tags.reshape(-1))
            self._correct += (logits.argmax(-1) == tags).sum().item()
            self._total += tags.numel()
        return output_dict

    def get_metrics(self, reset=False):
        acc = self._correct / max(self._total, 1)
        if reset:
            self._correct = self._total = 0
        return {"accuracy": acc}
