import torch
import torch.nn as nn
import torch.nn.functional as F

from .abstract import SequentialRecommender


class GRU4Rec(SequentialRecommender):
    def __init__(self, config, dataset):
        super().__init__(config, dataset)
        self.item_embedding = nn.Embedding(self.n_items, config["embedding_size"], padding_idx=0)
        self.emb_dropout = nn.Dropout(0.25)
        self.gru_layers = nn.GRU(config["embedding_size"], config["hidden_size"], bias=False, batch_first=True)
        self.dense = nn.Linear(config["hidden_size"], config["embedding_size"])

    def forward(self, item_seq, item_seq_len):
        emb = self.emb_dropout(self.item_embedding(item_seq))
        gru_output, _ = self.gru_layers(emb)
        return self.gather_indexes(self.dense(gru_output), item_seq_len)

    def calculate_loss(self, interaction):
        seq_output = self.forward(interaction[self.ITEM_SEQ], interaction[self.ITEM_SEQ_LEN])
        logits = seq_output @ self.item_embedding.weight.t()
        return F.cross_entropy(logits, interaction[self.POS_ITEM_ID])

    def full_sort_predict(self, interaction):
        seq_output = self.forward(interaction[self.ITEM_SEQ], interaction[self.ITEM_SEQ_LEN])
        return torch.matmul(seq_output, self.item_embedding.weight.transpose(0, 1))
