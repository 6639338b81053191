from .model import ForgeModel
from .serve import predict, reactivate_recurrent
