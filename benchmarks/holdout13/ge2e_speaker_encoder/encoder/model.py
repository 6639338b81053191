import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_norm_

from .params_model import *  # noqa: F401,F403


class SpeakerEncoder(nn.Module):
    def __init__(self, device="cpu", loss_device="cpu"):
        super().__init__()
        self.loss_device = loss_device
        self.lstm = nn.LSTM(input_size=mel_n_channels, hidden_size=model_hidden_size,
                            num_layers=model_num_layers, batch_first=True)
        self.linear = nn.Linear(model_hidden_size, model_embedding_size)
        self.relu = nn.ReLU()
        self.similarity_weight = nn.Parameter(torch.tensor([10.0]))
        self.similarity_bias = nn.Parameter(torch.tensor([-5.0]))
        self.loss_fn = nn.CrossEntropyLoss()

    def do_gradient_ops(self):
        self.similarity_weight.grad *= 0.01
        self.similarity_bias.grad *= 0.01
        clip_grad_norm_(self.parameters(), 3, norm_type=2)

    def forward(self, utterances, hidden_init=None):
        out, (hidden, cell) = self.lstm(utterances, hidden_init)
        embeds_raw = self.relu(self.linear(hidden[-1]))
        return embeds_raw / (torch.norm(embeds_raw, dim=1, keepdim=True) + 1e-5)

    def similarity_matrix(self, embeds):
        spk, utt = embeds.shape[:2]
        centroids_incl = embeds.mean(1, keepdim=True)
        centroids_incl = centroids_incl / (torch.norm(centroids_incl, dim=2, keepdim=True) + 1e-5)
        centroids_excl = (embeds.sum(1, keepdim=True) - embeds) / (utt - 1)
        centroids_excl = centroids_excl / (torch.norm(centroids_excl, dim=2, keepdim=True) + 1e-5)
        sim = torch.einsum("jud,kd->juk", embeds, centroids_incl.squeeze(1))
        own = (embeds * centroids_excl).sum(-1)
        mask = torch.eye(spk, dtype=torch.bool).unsqueeze(1).expand(spk, utt, spk)
        sim = torch.where(mask, own.unsqueeze(-1).expand_as(sim), sim)
        return sim * self.similarity_weight + self.similarity_bias

    def loss(self, embeds):
        spk, utt = embeds.shape[:2]
        sim = self.similarity_matrix(embeds).reshape(spk * utt, spk)
        target = torch.arange(spk).repeat_interleave(utt)
        return self.loss_fn(sim, target), None
