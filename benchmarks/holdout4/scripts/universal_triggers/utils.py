"""Trigger search helpers: embedding-gradient capture and HotFlip candidate selection."""
import torch
import torch.nn.functional as F

extracted_grads = []


def extract_grad_hook(module, grad_in, grad_out):
    extracted_grads.append(grad_out[0])


def add_hooks(model):
    return model.embedding.register_full_backward_hook(extract_grad_hook)


def get_average_grad(model, batch, trigger_token_ids, target_label):
    # the encoder's backward needs the RNN in training mode; dropout is 0 so outputs are unchanged
    model.train()
    optimizer_params = [p for p in model.parameters()]
    for p in optimizer_params:
        p.grad = None
    extracted_grads.clear()
    tokens, _ = batch
    triggered = torch.cat([trigger_token_ids.expand(tokens.size(0), -1), tokens], 1)
    loss = F.cross_entropy(model(triggered), torch.full((tokens.size(0),), target_label))
    loss.backward()
    grads = extracted_grads[0]
    return grads[:, :len(trigger_token_ids)].mean(0)


def hotflip_attack(averaged_grad, embedding_matrix, num_candidates=2):
    scores = averaged_grad @ embedding_matrix.T  # (trigger_len, vocab)
    return (-scores).topk(num_candidates, dim=1).indices
