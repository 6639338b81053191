# expect: clean
# Rebuilt from Eric-Wallace/universal-triggers#1 (get_average_grad -> loss.backward() crashed on GPU with the
# model in eval). Following the updated code, get_average_grad puts the model in train() with dropout disabled
# before the forward whose embedding gradient it averages.
import torch
import torch.nn as nn


class SSTClassifier(nn.Module):
    def __init__(self, vocab=60, dim=12):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, dim, batch_first=True, num_layers=2, dropout=0.3)
        self.dropout = nn.Dropout(0.3)
        self.linear = nn.Linear(dim, 2)

    def forward(self, tokens):
        return self.linear(self.dropout(self.encoder(self.word_embeddings(tokens))[0][:, -1]))


extracted_grads = []


def extract_grad_hook(module, grad_in, grad_out):
    extracted_grads.append(grad_out[0])


def add_hooks(model):
    model.word_embeddings.weight.requires_grad = True
    return model.word_embeddings.register_full_backward_hook(extract_grad_hook)


def get_average_grad(model, batch, trigger_token_ids):
    model.train()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.p = 0.0
    saved = model.encoder.dropout
    model.encoder.dropout = 0.0
    try:
        tokens, labels = batch
        tokens = torch.cat([trigger_token_ids.expand(tokens.size(0), -1), tokens], 1)
        loss = nn.functional.cross_entropy(model(tokens), labels)
        model.zero_grad()
        loss.backward()
    finally:
        model.encoder.dropout = saved
    grads = extracted_grads.pop()
    return grads[:, : trigger_token_ids.numel()].sum(0)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SSTClassifier()
    model.eval()
    handle = add_hooks(model)
    batch = (torch.randint(0, 60, (4, 8)), torch.ones(4, dtype=torch.long))
    trigger = torch.tensor([[5, 5, 5]])
    for it in range(2):
        avg = get_average_grad(model, batch, trigger)
        scores = model.word_embeddings.weight.detach() @ -avg.T
        trigger = scores.argmax(0).view(1, -1)
        print(it, trigger.tolist())
    handle.remove()
