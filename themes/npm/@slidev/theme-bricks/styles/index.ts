import '@slidev/client/styles/layouts-base.css'
import './layouts.css'
import './prism.css'
