import torch


def synth_interactions(n_students, length, n_skills, seed=0):
    g = torch.Generator().manual_seed(seed)
    skills = torch.randint(0, n_skills, (n_students, length), generator=g)
    correct = torch.randint(0, 2, (n_students, length), generator=g)
    return skills, correct
