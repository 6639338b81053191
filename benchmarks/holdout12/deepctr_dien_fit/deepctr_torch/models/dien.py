import torch
import torch.nn as nn

from .basemodel import BaseModel
from ..layers import InterestEvolving


class InterestExtractor(nn.Module):
    def __init__(self, input_size):
        super().__init__()
        self.gru = nn.GRU(input_size=input_size, hidden_size=input_size, batch_first=True)

    def forward(self, keys):
        interests, _ = self.gru(keys)
        return interests


class DIEN(BaseModel):
    def __init__(self, n_users, n_items, embedding_dim=4, gru_type="GRU", use_negsampling=False):
        super().__init__()
        self.stop_training = False
        self.user_emb = nn.Embedding(n_users, embedding_dim)
        self.item_emb = nn.Embedding(n_items, embedding_dim, padding_idx=0)
        self.interest_extractor = InterestExtractor(embedding_dim)
        self.interest_evolution = InterestEvolving(embedding_dim, gru_type=gru_type)
        self.dnn = nn.Sequential(nn.Linear(embedding_dim * 3, 8), nn.ReLU(), nn.Linear(8, 1))
        self.regularization_weight = [self.user_emb.weight]

    def forward(self, X):
        query = self.item_emb(X["item_id"])
        keys = self.item_emb(X["hist_item_id"])
        interests = self.interest_extractor(keys)
        hist = self.interest_evolution(query, interests)
        dnn_input = torch.cat([self.user_emb(X["user"]), query, hist], dim=-1)
        return torch.sigmoid(self.dnn(dnn_input))
