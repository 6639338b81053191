# expect: crash
"""Unsupervised contact prediction from a protein LSTM language model via the categorical Jacobian."""
import torch
import torch.nn.functional as F

from protlm import AMINO, ProteinLM, categorical_jacobian, contact_map

if __name__ == "__main__":
    torch.manual_seed(0)
    seq = "MKTAYIAK"
    onehot = F.one_hot(torch.tensor([AMINO.index(a) for a in seq]), len(AMINO)).float()
    jac = categorical_jacobian(ProteinLM(), onehot)
    cmap = contact_map(jac)
    print("top contacts", cmap.flatten().topk(3).indices.tolist())
