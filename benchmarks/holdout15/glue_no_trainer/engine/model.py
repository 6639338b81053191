import torch.nn as nn


class BiGruForSequenceClassification(nn.Module):
    def __init__(self, vocab_size, hidden_size, num_labels):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, hidden_size)
        self.encoder = nn.GRU(hidden_size, hidden_size, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden_size, num_labels)
        self.num_labels = num_labels

    def forward(self, input_ids, labels=None):
        hidden_states, _ = self.encoder(self.embeddings(input_ids))
        logits = self.classifier(hidden_states.mean(1))
        loss = nn.functional.cross_entropy(logits, labels) if labels is not None else None
        return loss, logits


class AutoModelForSequenceClassification:
    _registry = {"bigru": BiGruForSequenceClassification}

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        return cls._registry[config.pop("model_type")](**config)
