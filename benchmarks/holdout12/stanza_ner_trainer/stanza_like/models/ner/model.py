import torch
import torch.nn as nn


class NERTagger(nn.Module):
    def __init__(self, args, vocab_size, n_tags):
        super().__init__()
        self.word_emb = nn.Embedding(vocab_size, args["word_emb_dim"])
        self.charmodel_forward = nn.LSTM(args["word_emb_dim"], args["char_hidden_dim"], batch_first=True)
        self.taggerlstm = nn.LSTM(args["word_emb_dim"] + args["char_hidden_dim"], args["hidden_dim"],
                                  num_layers=args["num_layers"], bidirectional=True, batch_first=True,
                                  dropout=args["dropout"] if args["num_layers"] > 1 else 0)
        self.drop = nn.Dropout(args["dropout"])
        self.tag_clf = nn.Linear(args["hidden_dim"] * 2, n_tags)
        self.crit = nn.CrossEntropyLoss()

    def forward(self, word, tags=None):
        we = self.word_emb(word)
        cf, _ = self.charmodel_forward(we)
        lstm_outputs, _ = self.taggerlstm(self.drop(torch.cat([we, cf], -1)))
        logits = self.tag_clf(self.drop(lstm_outputs))
        loss = self.crit(logits.reshape(-1, logits.size(-1)), tags.reshape(-1)) if tags is not None else None
        return loss, logits
