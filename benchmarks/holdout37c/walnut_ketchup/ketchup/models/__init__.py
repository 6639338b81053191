from .batches import RipenessNet, build
