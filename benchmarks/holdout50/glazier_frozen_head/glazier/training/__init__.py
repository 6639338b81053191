from .loops import fit_adapter, lab_pretrain
