import torch
import torch.nn as nn


class RNN(nn.Module):
    def __init__(self, voc_size, layer_size=24, num_layers=2):
        super().__init__()
        self._embedding = nn.Embedding(voc_size, layer_size)
        self._rnn = nn.LSTM(layer_size, layer_size, num_layers=num_layers, batch_first=True)
        self._linear = nn.Linear(layer_size, voc_size)

    def forward(self, x, hidden=None):
        o, hidden = self._rnn(self._embedding(x), hidden)
        return self._linear(o), hidden


class Model:
    def __init__(self, network, max_sequence_length=8, no_cuda=True):
        self.network = network
        self.max_sequence_length = max_sequence_length

    @classmethod
    def load_from_file(cls, file_path, sampling_mode=False):
        network = torch.load(file_path, weights_only=False)
        model = cls(network)
        if sampling_mode:
            model.network.eval()
        return model

    def save(self, file_path):
        torch.save(self.network, file_path)

    def likelihood(self, sequences):
        logits, _ = self.network(sequences[:, :-1])
        log_probs = logits.log_softmax(dim=2)
        return log_probs.gather(2, sequences[:, 1:].unsqueeze(-1)).squeeze(-1).sum(1)

    def sample_sequences_and_smiles(self, batch_size=8):
        seqs = [torch.zeros(batch_size, 1, dtype=torch.long)]
        hidden, x = None, seqs[0]
        with torch.no_grad():
            for _ in range(self.max_sequence_length):
                logits, hidden = self.network(x, hidden)
                x = torch.multinomial(logits[:, -1].softmax(-1), 1)
                seqs.append(x)
        seqs = torch.cat(seqs, 1)
        return seqs, ["".join("CNO()=#1234"[int(t) % 11] for t in s) for s in seqs]
