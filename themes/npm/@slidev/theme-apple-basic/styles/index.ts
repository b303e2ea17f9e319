import './layout.css'
import './prism.css'
